<%@ Page Title="" Language="C#" MasterPageFile="~/MasterPage3.master" AutoEventWireup="true" CodeFile="挂号须知.aspx.cs" Inherits="导航栏_就医指南_挂号须知" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" Runat="Server">
    <p style="text-align: center">
        一、门诊就诊须知 
    </p>
    <p>
        1、先挂号（医疗保险者请出示医保卡）。</p>
    <p>
        初诊病人挂号时请同时购买门诊病历，并认真填写好姓名、年龄、性别、住址、药物过敏史等。需多科就诊者分别挂号，请妥善保管好病历，复诊时带来。 
    </p>
    <p>
        2、凭挂号处方及病历到各科候诊，将挂号处方及病历交该科分诊台护士，由护士依次叫号，轮到者入指定诊室就诊。 
    </p>
    <p>
        3、就诊后需做相关辅助检查者，先交费然后到相应检查科室进行检查。（个别检查项目需预约）。 
    </p>
    <p>
        4、看病后凭处方到挂号收费处交费，然后到门诊药房窗口取药。（门诊大厅）。 
    </p>
    <p>
        5、需住院者，凭门诊病历及住院证到住院处（妇幼保健大楼一楼）办理入院登记手续。 
    </p>
    <p>
        二、挂号须知 
    </p>
    <p>
        1、挂号时间： 上午：7:00 - 11:15 下午：“五一”假期后至“十一”假期结束，1:00 - 5:15。 “十一”假期后至“五一”假期结束，1:00 - 4:45。 双休日、节假日照常。 
    </p>
    <p>
        2、急诊随时优先挂号，军人凭有效证件优先挂号。 
    </p>
    <p>
        3、初诊病人看病挂号请购买门诊病历。 
    </p>
    <p>
        4、挂号后请到各科候诊室排号候诊。 
    </p>
    <p>
        5、挂号处方当天有效。处方上项目由医生填写，门诊病历首页项目由病人或家属填写</p>
</asp:Content>
<asp:Content ID="Content3" ContentPlaceHolderID="ContentPlaceHolder2" Runat="Server">


</asp:Content>

