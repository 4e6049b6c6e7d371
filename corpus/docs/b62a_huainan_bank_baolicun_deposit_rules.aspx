<%@ Page Title="" Language="C#" MasterPageFile="~/MasterPage.master" AutoEventWireup="true" CodeBehind="Help.aspx.cs" Inherits="HHBankDepositSite.Help" %>
<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="server">
    <style type="text/css">

 p.MsoNormal
	{margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman","serif";
	        margin-left: 0cm;
            margin-right: 0cm;
            margin-top: 0cm;
        }
    </style>
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    <br />
    <p align="center" class="MsoNormal" style="text-align:center">
        <b style="mso-bidi-font-weight:
normal"><span style="font-size:22.0pt;font-family:宋体;mso-ascii-font-family:
&quot;Times New Roman&quot;;mso-hansi-font-family:&quot;Times New Roman&quot;">淮南淮河农村商业银行“保利存”储蓄</span></b><b style="mso-bidi-font-weight:normal"><span lang="EN-US" style="font-size:22.0pt"><o:p></o:p></span></b></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b style="mso-bidi-font-weight:
normal"><span style="font-size:22.0pt;font-family:宋体;mso-ascii-font-family:
&quot;Times New Roman&quot;;mso-hansi-font-family:&quot;Times New Roman&quot;">存款业务管理办法</span></b><b style="mso-bidi-font-weight:normal"><span lang="EN-US" style="font-size:22.0pt"><o:p></o:p></span></b></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b style="mso-bidi-font-weight:
normal"><span lang="EN-US" style="font-size:18.0pt">
        <o:p>
        &nbsp;</o:p></span></b></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b style="mso-bidi-font-weight:
normal"><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第一章<span lang="EN-US"><span style="mso-spacerun:yes">&nbsp; </span></span>总则<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第一条 为加强淮南淮河农村商业银行（以下简称”本行”）“保利存”储蓄存款业务管理，规范业务操作行为，切实防范金融风险，根据《中华人民共和国人民币储蓄管理条例》，特制定本管理办法。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第二条 “保利存”是以定期储蓄存款账户为载体为存款人提供增值服务的特色产品。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第三条 “保利存”定期储蓄存款办理机构为本行辖内所有营业网点。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第二章<span lang="EN-US"><span style="mso-spacerun:yes">&nbsp; </span></span>办理条件<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第四条 办理“保利存”储蓄存款必须满足以下条件。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">（一<span lang="EN-US">)</span>存款人为《中华人民共和国人民币储蓄管理条例》规定的有完全民事行为能力的自然人。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">(</span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">二<span lang="EN-US">)</span>存款期限在<span lang="EN-US">1</span>年（含）以上、金额<span lang="EN-US">5000</span>元（含）以上人民币整存整取定期储蓄存款。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">(</span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">三<span lang="EN-US">)</span>与本行签订“保利存”储蓄存款开户协议。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">(</span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">四<span lang="EN-US">)</span>符合《中华人民共和国反洗钱法》相关规定。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第三章<span lang="EN-US"><span style="mso-spacerun:yes">&nbsp; </span></span>期限、利率、计息<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第五条“保利存”储蓄存款业务品种最低期限为<span lang="EN-US">1</span>年。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第六条 “保利存”定期储蓄存款利率按本行当日挂牌的整存整取利率执行。利率最高执行一年期存款利率。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第七条 存款计息方式采取靠档计息方式，靠档期为三个月、六个月、一年。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第八条 “保利存”储蓄存款计息通过定期账户加活期账户的组合方式，客户须选择以个人结算账户为主的借记卡与定期存单账户关联。利息差额部分必须转入个人结算账户。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第四章<span lang="EN-US"><span style="mso-spacerun:yes">&nbsp; </span></span>存款开户<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第九条 “保利存”储蓄存款开户按正常整存整取业务办理，开户时必须与我行签订“保利存”存款开户协议。否则视同一般定期储蓄存款。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十条 “保利存”储蓄存款不支持通兑支付方式。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十一条 “保利存”储蓄存单要加盖“保利存”存款专用章交给客户，与客户签订的开户协议要视同重要单证专夹保管，作为该存款业务品种的依据。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第五章<span lang="EN-US"><span style="mso-spacerun:yes">&nbsp; </span></span>存款支取<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十二条 客户持正常到期的“保利存”储蓄存单取款，按一般整存整取定期存款支取手续办理。若续存按正常“保利存”存款开户手续办理。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十三条 “保利存”储蓄存款到期后，无论是否约定转存，“保利存”存款业务均不自动延续。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十四条 “保利存”定期存单发生部分提前支取，提前支取部分金额则按往下一档的最大期限靠档，最高档为一年期，最低档为<span lang="EN-US">3</span>个月，以客户签约时当日挂牌利率计息，超出部分按活期计息。部分提前支取后，剩余金额大于<span lang="EN-US">5000</span>元（含<span lang="EN-US">5000</span>元），仍享受本产品的计息方式，小于<span lang="EN-US">5000</span>元，本产品自动结束。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第六章 收益支付<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal" style="text-indent:21.75pt">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp; </span></span><span style="font-size:16.0pt;
font-family:仿宋;mso-bidi-font-family:仿宋">第十五条 “保利存”储蓄存款提前支取收益分为两部分：系统自动算出的活期存款利息支取时当时支付给客户；按靠档利率计息扣除系统自动算出活期存款利息的差额部分自动返还至客户签约个人结算账户。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十六条 “保利存”产品客户开办协议书签约的补息账户发生变化，需客户本人持有效身份证件在“保利存”储蓄存款开户机构提出纸质签约补息账户变更申请，进行签约账户变更。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第七章 业务管理<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十七条 每日营业终了，各营业机构必须指定专人对柜员办理的“保利存”定期储蓄业务进行复核、汇总，建立台账，并及时将新增存款客户，按时限报送总行运营管理部门。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十八条 总行运营管理部门负责对各机构上报存款业务的汇总、核对、计息，并妥善保管各网点上报资料，以备核查。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第十九条 总行审计稽核部负责“保利存”定期储蓄业务事后监督，应组织稽核人员定期对“保利存”业务进行检查。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p align="center" class="MsoNormal" style="text-align:center">
        <b><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第八章<span lang="EN-US"><span style="mso-spacerun:yes">&nbsp; </span></span>附 则<span lang="EN-US"><o:p></o:p></span></span></b></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第二十一条 本办法未尽事宜执行有关本行制定的储蓄存款管理制度规定<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">
        <span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第二十二条 “保利存”储蓄存款业务管理规定若与国家相关法律、法规、条例及监管部门和上级部门制度不一致，以上位法规定为准。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span><span style="font-size:16.0pt;font-family:仿宋;mso-bidi-font-family:仿宋">第二十三条 本管理办法由淮南淮河农村商业银行负责解释、修订。<span lang="EN-US"><o:p></o:p></span></span></p>
    <p class="MsoNormal">
        &nbsp;</p>
    <p class="MsoNormal">
        <span lang="EN-US" style="font-size:16.0pt;font-family:仿宋;
mso-bidi-font-family:仿宋">
        <o:p>
        &nbsp;</o:p></span></p>
    <p style="line-height:15px; font-size:14px;">
        <h5 style="text-align: left; line-height:15px;"><a href="./Files/保利存管理办法.doc">“保利存”管理办法</a></h5>
        <h5 style="text-align: left; line-height:15px;"><a href="./Files/正式协议书.doc">“保利存”开户协议书</a></h5>
        <h5 style="text-align: left; line-height:15px;"><a href="./Files/保利存管理系统使用说明.doc">“保利存”操作说明</a></h5>
    </p>
</asp:Content>
