<%@ Page Title="" Language="C#" MasterPageFile="~/MasterPage3.1.master" AutoEventWireup="true" CodeFile="群体保健.aspx.cs" Inherits="导航栏_科室设置_保健科室_群体保健" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" Runat="Server">
    <p class="MsoNormal">
        <span style="font-size:18.0pt;font-family:宋体;mso-ascii-font-family:
Calibri;mso-ascii-theme-font:minor-latin;mso-fareast-font-family:宋体;mso-fareast-theme-font:
minor-fareast;mso-hansi-font-family:Calibri;mso-hansi-theme-font:minor-latin;
color:#FF99FF; text-align: center;">群体保健</span><span lang="EN-US" style="font-size:18.0pt;color:#FF99FF"><o:p></o:p></span></p>
</asp:Content>
<asp:Content ID="Content3" ContentPlaceHolderID="ContentPlaceHolder2" Runat="Server">
    <p>
        群体保健科属于医院保健部下设的一级大科。下设二级科室:基层指导科、健康教育科、妇幼信息管理科。主要承担全市妇幼保健业务指导、基层培训、行业管理、妇幼信息、健康教育、推广适宜技术、接受进修和学习。群体保健科根据“人性化服务，科学化管理”的宗旨，依据省市妇幼卫生工作的要求，全面落实妇幼保健管理措施，促进妇幼保健向着高素质、高质量方向发展。加强了对基层妇保所规范化建设指导，我市的孕产妇死亡率、5岁以下儿童死亡率、出生缺陷发生率控制在稳定水平，妇幼保健群体指标在全省名列前茅，全市妇女儿童健康水平进一步提高。 　　　　　</p>
    <p>
        主要工作有：　　</p>
    <p>
        1.负责对全市妇幼卫生工作的业务指导和咨询；　　</p>
    <p>
        2.配合卫生行政部门对全市妇幼保健业务进行行政管理，协助制定妇幼保健机构规范化建设的各项规范，促进妇幼保健机构间的交流与协作；　　</p>
    <p>
        3.负责全市妇幼卫生信息的收集、整理、分析和反馈，以及妇幼卫生信息系统的建设与管理工作；　　</p>
    <p>
        4.了解、掌握全市妇女、儿童健康状况及影响因素，协助卫生行政部门制定妇幼保健发展规划；　　</p>
    <p>
        5.了解国内外妇幼卫生发展动态，及时为政府提供相关资料和建议；　　</p>
    <p>
        6.组织开展全市各类妇幼保健人员的业务培训；　　</p>
    <p>
        7.组织开展妇幼卫生调查研究，推广适宜技术和新技术；　　</p>
    <p>
        8.接受下级或基层妇幼保健人员的进修；　　</p>
    <p>
        9.与有关部门和科室合作，组织开展妇幼保健健康教育和健康促进策略和活动；　　</p>
    <p>
        10.承担上级交办的其他任务。</p>
    <p>
        &nbsp;</p>
    <p>
        &nbsp;</p>
    <p>
        &nbsp;</p>
</asp:Content>

