<%@ Page Title="" Language="C#" MasterPageFile="~/MasterPage3.master" AutoEventWireup="true" CodeFile="住院须知.aspx.cs" Inherits="导航栏_就医指南_住院须知" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" Runat="Server">
    <p class="MsoNormal">
        <span style="font-size:18.0pt;font-family:宋体;mso-ascii-font-family:
Calibri;mso-ascii-theme-font:minor-latin;mso-fareast-font-family:宋体;mso-fareast-theme-font:
minor-fareast;mso-hansi-font-family:Calibri;mso-hansi-theme-font:minor-latin;
color:#FF99FF; text-align: center;">住院须知</span><span lang="EN-US" style="font-size:18.0pt;color:#FF99FF"><o:p></o:p></span></p>
</asp:Content>
<asp:Content ID="Content3" ContentPlaceHolderID="ContentPlaceHolder2" Runat="Server">
    <p>
        病员朋友：您好！ 感谢您信任我院，来我院住院治疗。 为了使您有一个安静、整洁、舒适的休养环境，并能早日康复出院，请配合本院做好以下工作：</p>
    <p>
        &nbsp;1. 您住院后不要擅自外出或在院外留宿，如擅自离院，一切意外责任由您承担，医院概不负责，如离院超过24小时作自动出院处理。 
    </p>
    <p>
        2. 每日上午查房时间07：45—09：00，请陪客及探视者暂离病房，以便医生和护士更好地为病人检查和治疗。 
    </p>
    <p>
        3. 探视病人时间为上午09：00—12：00，下午15：00—20：00，陪客及探视者不要坐、卧病床。
    </p>
    <p>
        4. 有事需医生或护士解决的，请按床头信号铃。对医疗护理有不理解之处，请与床位医生及责任护士联系。 
    </p>
    <p>
        5. 请不要在病房晾挂衣物，衣服晾晒在规定区域。 
    </p>
    <p>
        6. 请勿携带家用电器进病房，病内禁止使用各种充电器，望您配合。
    </p>
    <p>
        7. 贵重物品请不要带入病房，现金手机等请妥善保管好，以防失窃。 
    </p>
    <p>
        8. 医院供应早餐及上下午点心，中晚餐专人到病区预订如有特殊需要与责任护士联系。 
    </p>
    <p>
        9. 本院为无烟医院，病区内一律不得吸烟。 
    </p>
    <p>
        10. 我院为爱婴医院，产科实行母乳哺养，奶瓶、奶头请不要带入病房，不要给新生儿喂吸粉及糖水，做到按需哺乳。 
    </p>
    <p>
        11. 医院工作人员上岗均佩戴工号卡，当您或婴儿接受治疗护理时，请认准是否为医院员工，防止假冒医务人员行骗及偷窃。 
    </p>
    <p>
        12. 本院不推销任何商品及作广告宣传（如保险、胎毛笔、婴儿用品等），如您接受商家服务，引起的后果一概与院方无关。 
    </p>
    <p>
        13. 住院期间请您爱护公物，节约水电，损坏须照价赔偿。<br />
    </p>

 
</asp:Content>

